/*
 * First script of taskpane.html and commands.html, written in ES5 on purpose (a test parses it
 * as ES5): Office 2016/2019 without WebView2 run add-ins in Internet Explorer 11 or the legacy
 * Edge, where the ES2020 bundles cannot run. There it loads oldEngine.js, which says what is
 * needed (and answers ribbon commands with that message); elsewhere it loads office.js without
 * blocking the page, so the start screen shows even when office.js never answers, then the bundles.
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 */
(function () {
  'use strict';

  var me = document.getElementById('ia-boot');
  var officeJsUrl = me.getAttribute('data-office-js');
  var bundles = (me.getAttribute('data-bundles') || '').split(' ');

  /** What the bundles need (ES2020 built-ins); each is missing from IE11 and the legacy Edge. */
  function modernEngine() {
    return (
      typeof Promise !== 'undefined' &&
      typeof Promise.allSettled === 'function' &&
      typeof Object.fromEntries === 'function' &&
      typeof Symbol !== 'undefined' &&
      typeof window.fetch === 'function' &&
      typeof globalThis !== 'undefined'
    );
  }

  function script(src, async) {
    var element = document.createElement('script');
    element.async = async;
    element.src = src;
    document.head.appendChild(element);
    return element;
  }

  /** office.js, loaded without blocking the page; its state is kept for the bundles to wait on. */
  function loadOfficeJs() {
    var state = { status: 'loading', listeners: [] };
    window.indicatorAssistantOfficeJs = state;
    function settle(status) {
      if (state.status !== 'loading') return;
      state.status = status;
      for (var i = 0; i < state.listeners.length; i++) state.listeners[i](status);
      state.listeners = [];
    }
    // async: never waits for, nor holds up, the bundles
    var element = script(officeJsUrl, true);
    element.onload = function () {
      settle('loaded');
    };
    element.onerror = function () {
      settle('failed');
    };
  }

  if (!modernEngine()) {
    window.indicatorAssistantOldEngine = true;
    script(me.getAttribute('data-old-engine'), false);
    return;
  }
  loadOfficeJs();
  // In order among themselves, whatever office.js does.
  for (var i = 0; i < bundles.length; i++) if (bundles[i]) script(bundles[i], false);
})();
