// The questionnaire, enhanced: a live count of answered statements, and unsent answers kept in this
// tab's sessionStorage so a reload loses nothing. The result page clears them once they are saved.
(function () {
  'use strict';

  var STORE = 'closer.fis.answers';
  var storage = null;
  try {
    storage = window.sessionStorage;
    storage.getItem(STORE);
  } catch (blocked) {
    storage = null;
  }

  if (document.querySelector('[data-fis-saved]') && storage) {
    storage.removeItem(STORE);
  }

  var print = document.querySelector('[data-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }

  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }

  var form = document.querySelector('form[data-fis-form]');
  if (!form) {
    return;
  }
  var progress = document.getElementById('fis-progress');
  var items = Number(form.getAttribute('data-items'));

  function stored() {
    try {
      return JSON.parse(storage.getItem(STORE)) || {};
    } catch (unreadable) {
      return {};
    }
  }

  function restore() {
    var answers = stored();
    Object.keys(answers).forEach(function (name) {
      var value = String(answers[name]);
      if (!/^q[1-9][0-9]?$/.test(name) || !/^[1-5]$/.test(value)) {
        return;
      }
      if (form.querySelector('input[name="' + name + '"]:checked')) {
        return;
      }
      var input = form.querySelector('input[name="' + name + '"][value="' + value + '"]');
      if (input) {
        input.checked = true;
      }
    });
  }

  function save() {
    var answers = {};
    form.querySelectorAll('input[type=radio]:checked').forEach(function (input) {
      answers[input.name] = input.value;
    });
    storage.setItem(STORE, JSON.stringify(answers));
  }

  function count() {
    var answered = form.querySelectorAll('input[type=radio]:checked').length;
    progress.textContent = progress.getAttribute('data-template')
      .replace('{0}', answered).replace('{1}', items);
  }

  if (storage) {
    restore();
  }
  progress.hidden = false;
  count();
  form.addEventListener('change', function (event) {
    if (event.target.type !== 'radio') {
      return;
    }
    if (storage) {
      save();
    }
    count();
  });
}());
