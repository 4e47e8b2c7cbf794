import type { ReactiveController, ReactiveControllerHost } from 'lit';

type EventMapOf<T> = T extends Window ? WindowEventMap : T extends Document ? DocumentEventMap : T extends MediaQueryList ? MediaQueryListEventMap : HTMLElementEventMap;

/**
 * Listens to an event on a target (document, window, the host) while the host element is
 * connected, and stops when it is disconnected: the add/remove pair every component needs.
 */
export class ListenController<T extends EventTarget, K extends keyof EventMapOf<T> & string> implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly target: T,
    private readonly type: K,
    private readonly listener: (event: EventMapOf<T>[K]) => void,
    private readonly options?: AddEventListenerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.target.addEventListener(this.type, this.listener as EventListener, this.options);
  }

  hostDisconnected(): void {
    this.target.removeEventListener(this.type, this.listener as EventListener, this.options);
  }
}

/** Shorthand: `listen(this, document, 'click', this.onClick)`. */
export function listen<T extends EventTarget, K extends keyof EventMapOf<T> & string>(
  host: ReactiveControllerHost,
  target: T,
  type: K,
  listener: (event: EventMapOf<T>[K]) => void,
  options?: AddEventListenerOptions,
): ListenController<T, K> {
  return new ListenController(host, target, type, listener, options);
}
