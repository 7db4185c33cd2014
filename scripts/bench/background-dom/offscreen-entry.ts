// The offscreen document: the browser's DOM parses, turndown converts, the Markdown goes back.
import TurndownService from 'turndown';

declare const chrome: any;
const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' });

chrome.runtime.onMessage.addListener((message: { html: string }, _sender: unknown, reply: (md: string) => void) => {
  const doc = new DOMParser().parseFromString(`<div id="r">${message.html}</div>`, 'text/html');
  reply(service.turndown(doc.getElementById('r')!));
});
