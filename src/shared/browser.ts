// The one import of webextension-polyfill: every context gets the promise-based `browser` from here.
import browser from 'webextension-polyfill';

export default browser;
