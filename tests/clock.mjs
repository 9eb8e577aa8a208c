// The one clock every test runs with, in Node and in the browsers: the real clock shifted so that the
// run starts at noon (UTC) on FIXED_DAY. Review dates in the content are compared with it, so no test
// changes on the day a review date passes. Time still moves (timeouts and durations work).
export const FIXED_DAY = '2026-12-01';

/** Source of a script that shifts `Date.now` of the global it runs in; used as is by Node and the test pages. */
export const clockScript = `(() => {
  const real = Date.now.bind(Date);
  const offset = Date.parse('${FIXED_DAY}T12:00:00Z') - real();
  Object.defineProperty(Date, 'now', { value: () => real() + offset, configurable: true, writable: true });
})();`;
