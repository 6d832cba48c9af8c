// cookie-charter scan: reports every cookie and storage write that a script of this frame makes,
// with the script's URL and line, to the binding that the scan exposes (window[BINDING]). Runs in
// every frame before the page's own scripts. It wraps the setters and lets each write through.
(() => {
  const report = window['__cookieCharterRecord'];
  if (typeof report !== 'function' || window['__cookieCharterHooked']) {
    return;
  }
  Object.defineProperty(window, '__cookieCharterHooked', { value: true });
  // The first frame of the stack that is a script of the page: an http(s) URL with line and column.
  const caller = () => {
    const lines = String(new Error().stack).split('\n').slice(1);
    for (const line of lines) {
      const found = /(https?:\/\/[^\s()]+?):(\d+):(\d+)\)?\s*$/.exec(line);
      if (found) {
        return { url: found[1], line: Number(found[2]) };
      }
    }
    return null;
  };
  const send = (write) => {
    try {
      write.frame = location.href;
      // An about:blank or srcdoc frame has its parent's origin: the browser's word for it.
      write.origin = location.origin;
      write.host = location.hostname;
      write.path = location.pathname;
      write.caller = caller();
      Promise.resolve(report(write)).catch(() => {});
    } catch (e) {
      // never let the scan change what the page does
    }
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get() {
        return cookie.get.call(this);
      },
      set(value) {
        send({ type: 'cookie', value: String(value) });
        return cookie.set.call(this, value);
      },
    });
  }
  if (typeof CookieStore !== 'undefined' && CookieStore.prototype.set) {
    const set = CookieStore.prototype.set;
    CookieStore.prototype.set = function (name, value) {
      if (typeof name === 'object' && name !== null) {
        const options = name;
        const attributes = [];
        if (options.domain) attributes.push('Domain=' + options.domain);
        attributes.push('Path=' + (options.path || '/')); // the Cookie Store API's default
        if (typeof options.expires === 'number') {
          attributes.push('Expires=' + new Date(options.expires).toUTCString());
        }
        send({ type: 'cookie', value: [options.name + '=' + options.value].concat(attributes).join('; ') });
      } else {
        send({ type: 'cookie', value: String(name) + '=' + String(value) + '; Path=/' });
      }
      return set.apply(this, arguments);
    };
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    let type = 'local';
    try {
      type = this === window.sessionStorage ? 'session' : 'local';
    } catch (e) {
      // storage denied: the write below fails as it would have
    }
    send({ type: type, key: String(key) });
    return setItem.apply(this, arguments);
  };
})();
