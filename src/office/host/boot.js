/*
 * First script of taskpane.html and commands.html, written in ES5 on purpose (a test parses it
 * as ES5): Office 2016/2019 without WebView2 run add-ins in Internet Explorer 11 or the legacy
 * Edge, where the ES2020 bundles cannot run. There this script shows what is needed instead (and
 * ribbon commands complete with that message); elsewhere it loads office.js without blocking the
 * page, so the start screen shows even when office.js never answers, and then the bundles.
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 */
(function () {
  'use strict';

  var me = document.getElementById('ia-boot');
  var officeJsUrl = me.getAttribute('data-office-js');
  var bundles = (me.getAttribute('data-bundles') || '').split(' ');
  var commandsPage = me.getAttribute('data-page') === 'commands';

  var MESSAGES = {
    'zh-CN': {
      title: '指标助手需要较新版本的 Office',
      lines: [
        '这个版本的 Office 用旧的浏览器引擎（Internet Explorer 或旧版 Edge）运行加载项，指标助手无法在其中运行。',
        '请改用 Microsoft 365（Windows 或 Mac）、Office 2021 或更新版本，或者 Excel 网页版。',
        '不装加载项也可以：在浏览器中打开指标助手的网页，导入表格核验。',
      ],
    },
    'en-US': {
      title: 'Indicator Assistant needs a newer Office',
      lines: [
        'This version of Office runs add-ins in an old browser engine (Internet Explorer or the legacy Edge), which Indicator Assistant cannot run in.',
        'Please use Microsoft 365 (Windows or Mac), Office 2021 or later, or Excel on the web.',
        'Without the add-in: open the Indicator Assistant page in a browser and import the table there.',
      ],
    },
  };

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

  function locale() {
    var asked = /[?&]lang=(en-US|zh-CN)/.exec(window.location.search);
    if (asked) return asked[1];
    var language = (navigator.language || navigator.userLanguage || '').toLowerCase();
    return language.indexOf('en') === 0 ? 'en-US' : 'zh-CN';
  }

  function whenBodyReady(callback) {
    if (document.body) callback();
    else document.addEventListener('DOMContentLoaded', callback);
  }

  function showMessage() {
    var text = MESSAGES[locale()];
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'old-engine');
    box.style.cssText = 'padding:16px 20px;border-top:4px solid #bc4b09;line-height:1.5';
    var title = document.createElement('h1');
    title.style.cssText = 'font-size:16px;font-weight:600;margin:0 0 8px';
    title.appendChild(document.createTextNode(text.title));
    box.appendChild(title);
    for (var i = 0; i < text.lines.length; i++) {
      var line = document.createElement('p');
      line.style.cssText = 'margin:0 0 6px';
      line.appendChild(document.createTextNode(text.lines[i]));
      box.appendChild(line);
    }
    var root = document.getElementById('root') || document.body;
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(box);
  }

  /** office.js, loaded without blocking the page; its state is kept for the bundles to wait on. */
  function loadOfficeJs(onLoad) {
    var state = { status: 'loading', listeners: [] };
    window.indicatorAssistantOfficeJs = state;
    var script = document.createElement('script');
    function settle(status) {
      if (state.status !== 'loading') return;
      state.status = status;
      for (var i = 0; i < state.listeners.length; i++) state.listeners[i](status);
      state.listeners = [];
      if (status === 'loaded' && onLoad) onLoad();
    }
    script.onload = function () {
      settle('loaded');
    };
    script.onerror = function () {
      settle('failed');
    };
    script.async = true; // never waits for, nor holds up, the bundles
    script.src = officeJsUrl;
    document.head.appendChild(script);
  }

  function loadBundles() {
    for (var i = 0; i < bundles.length; i++) {
      if (!bundles[i]) continue;
      var script = document.createElement('script');
      script.async = false; // in order among themselves, whatever office.js does
      script.src = bundles[i];
      document.head.appendChild(script);
    }
  }

  /** Ribbon commands in an old engine: show the message in a dialog, then complete. */
  function answerCommandsWithMessage() {
    var DIALOG_MS = 60000;
    function command(event) {
      var finished = false;
      function finish() {
        if (finished) return;
        finished = true;
        event.completed();
      }
      var url = window.location.href.split('?')[0].split('#')[0] + '?old-engine=1';
      try {
        Office.context.ui.displayDialogAsync(url, { height: 30, width: 30 }, function (result) {
          if (result.status !== 'succeeded') return finish();
          var dialog = result.value;
          var timer = setTimeout(function () {
            dialog.close();
            finish();
          }, DIALOG_MS);
          dialog.addEventHandler(Office.EventType.DialogEventReceived, function () {
            clearTimeout(timer);
            finish();
          });
        });
      } catch (error) {
        finish();
      }
    }
    // Older hosts find function commands as globals; newer ones through Office.actions.
    window.runCheck = command;
    window.clearMarks = command;
    Office.onReady(function () {
      if (Office.actions && Office.actions.associate) {
        Office.actions.associate('runCheck', command);
        Office.actions.associate('clearMarks', command);
      }
    });
  }

  if (modernEngine()) {
    loadOfficeJs(null);
    loadBundles();
    return;
  }
  window.indicatorAssistantOldEngine = true;
  var inDialog = /[?&](old-engine|notice)=/.test(window.location.search);
  if (commandsPage && !inDialog) loadOfficeJs(answerCommandsWithMessage);
  else whenBodyReady(showMessage);
})();
