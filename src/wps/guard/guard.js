// ES5 on purpose: the first script of every WPS page (index.html, taskpane.html). Older WPS builds
// embed an older Chromium; if this one lacks what the bundles need, say so in WPS's own terms
// instead of failing with a syntax error, and do not load the bundles. Otherwise it writes the
// bundles' <script> tags (listed in its data-scripts attribute) in order, while the page parses,
// as the wpsjs templates' main.js does — so ribbon callbacks exist before WPS reads ribbon.xml.
// Prettier formats it; test/wps/guard.test.ts proves it still parses as ES5.
(function (window, document) {
  'use strict';

  // What each page needs that Chromium added last (the bundles are ES2019 syntax, no polyfills):
  // every page: Object.fromEntries (Chromium 73), Array.prototype.flatMap (69),
  // Promise.prototype.finally (63), Intl.PluralRules (63, the summary templates);
  // the task pane also: WeakRef (84), which Fluent UI's focus handling uses unconditionally.
  var FLOOR = { ribbon: 73, pane: 84 };

  function missingFeatures(level) {
    var missing = [];
    if (typeof Promise !== 'function' || typeof Promise.prototype.finally !== 'function') {
      missing.push('Promise.prototype.finally');
    }
    if (typeof Object.fromEntries !== 'function') missing.push('Object.fromEntries');
    if (typeof Array.prototype.flatMap !== 'function') missing.push('Array.prototype.flatMap');
    if (typeof Intl !== 'object' || typeof Intl.PluralRules !== 'function') {
      missing.push('Intl.PluralRules');
    }
    if (level === 'pane' && typeof WeakRef !== 'function') missing.push('WeakRef');
    return missing;
  }

  function engine() {
    var match = /Chrome\/(\d+)/.exec((window.navigator && window.navigator.userAgent) || '');
    return match ? 'Chromium ' + match[1] : 'unknown engine';
  }

  function messageLines(level, missing) {
    var floor = FLOOR[level];
    return [
      '当前 WPS 版本过旧，指标助手无法运行。请升级到最新版 WPS Office（其内置浏览器内核需为 Chromium ' +
        floor +
        ' 或更高）。',
      'This version of WPS Office is too old for Indicator Assistant. Please update WPS Office ' +
        '(its built-in browser engine must be Chromium ' +
        floor +
        ' or later).',
      '(' + engine() + '; ' + missing.join(', ') + ')',
    ];
  }

  // The ribbon still answers, with the message, instead of leaving WPS without callbacks.
  function defineRibbon(text) {
    window.ribbon = {
      OnAddinLoad: function () {
        return true;
      },
      OnAction: function () {
        try {
          window.alert(text);
        } catch (ignored) {
          // nothing else can show it from the ribbon page
        }
        return true;
      },
      GetImage: function (control) {
        var id = control && control.Id;
        if (id === 'btnRunCheck') return 'images/check.png';
        if (id === 'btnClearMarks') return 'images/clear.png';
        return 'images/icon.png';
      },
      OnGetEnabled: function () {
        return true;
      },
    };
  }

  function showInPage(lines) {
    var root = document.getElementById('root');
    if (!root) return;
    root.innerHTML = '';
    for (var i = 0; i < lines.length; i += 1) {
      var p = document.createElement('p');
      p.className = 'too-old';
      p.appendChild(document.createTextNode(lines[i]));
      root.appendChild(p);
    }
  }

  var self = document.currentScript;
  var level = self && self.getAttribute('data-page') === 'pane' ? 'pane' : 'ribbon';
  var missing = missingFeatures(level);
  if (missing.length > 0) {
    var lines = messageLines(level, missing);
    window.indicatorAssistantTooOld = lines.join('\n');
    if (level === 'ribbon') defineRibbon(window.indicatorAssistantTooOld);
    else showInPage(lines);
    return;
  }
  var scripts = ((self && self.getAttribute('data-scripts')) || '').split(' ');
  for (var j = 0; j < scripts.length; j += 1) {
    if (/^[\w./-]+\.js$/.test(scripts[j])) {
      document.write('<script src="' + scripts[j] + '"></scr' + 'ipt>');
    }
  }
})(window, document);
