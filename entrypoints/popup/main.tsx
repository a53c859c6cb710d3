import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupApi } from '../../components/popup/PopupApp';
import './popup.css';

const api: PopupApi = {
  async ask(req) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return browser.tabs.sendMessage(tab.id, req);
  },
  openLibrary() {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    window.close();
  },
};

render(<PopupApp api={api} />, document.getElementById('app')!);
