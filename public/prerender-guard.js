// Runs before the page paints (a blocking script at the top of <head>; the page's content
// security policy allows no inline script). The build drew the default view into the page: the
// embedded dataset, no filters, the system theme, the default tour. When this visit will show
// something else (a link with filters, a theme or scenes of the user's, a dataset opened on an
// earlier visit), the drawn view is marked stale and hidden, so its numbers never flash; the
// page's script then draws the right view (src/main.tsx checks the same things).
(function () {
  var page = document.documentElement;
  // The page's two fonts (named by the build on this script's tag), fetched with the stylesheet
  // rather than once it applies, so they are there when the drawn page first paints. WebKit asks for
  // a font of the page's own origin without CORS, other engines with it; a preload made the other
  // way would not be used, and the font would be downloaded twice.
  var script = document.currentScript;
  var webkit = navigator.vendor === 'Apple Computer, Inc.';
  ((script && script.getAttribute('data-fonts')) || '').split(' ').filter(Boolean).forEach(function (href) {
    var font = document.createElement('link');
    font.rel = 'preload';
    font.as = 'font';
    font.type = 'font/woff2';
    if (!webkit) font.crossOrigin = 'anonymous';
    font.href = href;
    document.head.appendChild(font);
  });
  var KEY = 'china-central-asia-dashboard/';
  function stored(key) {
    try {
      return localStorage.getItem(KEY + key);
    } catch {
      return null;
    }
  }
  var theme;
  try {
    var preferences = stored('preferences');
    theme = preferences === null ? 'system' : JSON.parse(preferences).state.theme;
  } catch {
    theme = null;
  }
  var fresh = location.search === '' && theme === 'system' && stored('scenes') === null && stored('opened-dataset') === null;
  var deferred = (page.getAttribute('data-deferred-preloads') || '').split(' ').filter(Boolean);
  if (!fresh) {
    page.setAttribute('data-prerender', 'stale');
    // The view is drawn by the script at once: its code and data are fetched while the page loads.
    deferred.forEach(function (item) {
      var link = document.createElement('link');
      var module = item.indexOf('module:') === 0;
      link.rel = module ? 'modulepreload' : 'preload';
      if (!module) link.as = 'fetch';
      link.crossOrigin = module ? '' : 'anonymous';
      link.href = item.slice(item.indexOf(':') + 1);
      document.head.appendChild(link);
    });
  }
  // When the drawn views are parsed (before the page's script runs), the next frame shows them:
  // marked for the benchmark, as charts-ready is where the script draws the views itself.
  if (fresh) {
    document.addEventListener('readystatechange', function () {
      if (document.readyState !== 'interactive' || !document.querySelector('#root[data-prerendered]')) return;
      requestAnimationFrame(function () {
        setTimeout(function () {
          performance.mark('views-painted');
        }, 0);
      });
    });
  }
  // The theme is put on the page now rather than once the script has run, so it does not flash either.
  var dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  if (theme === 'light' || theme === 'dark' || theme === 'contrast') page.setAttribute('data-theme', theme);
  else page.setAttribute('data-theme', dark ? 'dark' : 'light');
})();
