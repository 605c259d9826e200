/*
 * Loaded by boot.js only in an engine too old for the bundles (IE11, the legacy Edge); ES5 on
 * purpose. Shows what is needed instead, and answers ribbon commands with that message.
 */
(function () {
  'use strict';

  var me = document.getElementById('ia-boot');
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

  function loadOfficeJs(onLoad) {
    var element = document.createElement('script');
    element.onload = onLoad;
    element.async = true;
    element.src = me.getAttribute('data-office-js');
    document.head.appendChild(element);
  }

  var inDialog = /[?&](old-engine|notice)=/.test(window.location.search);
  if (commandsPage && !inDialog) loadOfficeJs(answerCommandsWithMessage);
  else whenBodyReady(showMessage);
})();
