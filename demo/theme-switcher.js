// The themes page: links the example theme named by ?theme= (themes/*.css in the package), and marks
// the page dark for the dark theme and the dark page (which shows the elements' own dark defaults).
const THEMES = ['hospital-blue', 'advocacy', 'dark'];
const theme = new URLSearchParams(location.search).get('theme') ?? 'default';
if (THEMES.includes(theme)) {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/themes/${theme}.css` }));
}
if (theme === 'dark' || theme === 'dark-page') document.documentElement.classList.add('dark-page');
for (const link of document.querySelectorAll('.theme-switcher a')) {
  if (link.search === `?theme=${theme}`) link.setAttribute('aria-current', 'page');
}
