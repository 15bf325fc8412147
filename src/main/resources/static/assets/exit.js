// "Leave this site": wipes what this site kept in the tab (the questionnaire's unsent answers), then
// replaces this page in the history, so that Back does not return to it; the same when Escape is
// pressed three times in a row. Without JavaScript the link still leaves, and nothing was kept.
(function () {
  'use strict';
  var link = document.getElementById('quick-exit');
  if (!link) {
    return;
  }
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    try {
      window.sessionStorage.clear();
    } catch (blocked) {
      // Storage that cannot be read holds nothing of ours.
    }
    window.location.replace(link.href);
  }
  link.addEventListener('click', leave);
  var presses = 0;
  var last = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var now = Date.now();
    presses = (now - last < 2000) ? presses + 1 : 1;
    last = now;
    if (presses >= 3) {
      leave();
    }
  });
}());
