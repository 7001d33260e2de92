// The exit address must be absolute; this page sends readers to a neutral page on its own server
// (a real site would use the default, or a weather or news page).
document.querySelector('hf-hotline-banner').setAttribute('exit-url', new URL('/demo/examples/exit-target.html', location.href).href);
