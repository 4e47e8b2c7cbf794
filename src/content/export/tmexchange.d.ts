/** tmexchange (the TMX reader the tests parse our TMX with) ships no types: what the tests use of it. */
declare module 'tmexchange/tmx2js' {
  export interface Tmx {
    version: string;
    sourceLanguage: string;
    creationTool: string;
    creationToolVersion: string;
    administrationLanguage: string;
    datatype: string;
    oTMF: string;
    /** Units by tuid, each language's segment by its xml:lang. */
    resources: Record<string, Record<string, string>>;
  }
  export default function tmx2js(xml: string): Promise<Tmx>;
}
