/**
 * Today's date as YYYY-MM-DD (UTC), from `Date.now()`: the one clock the content's review dates are
 * compared with (tests fix it). '' when the page broke `Date`: nothing is then called out of date.
 */
export function today(): string {
  try {
    const iso = new Date(Date.now()).toISOString();
    return /^\d{4}-\d\d-\d\d/.test(iso) ? iso.slice(0, 10) : '';
  } catch {
    return '';
  }
}
