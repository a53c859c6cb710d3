import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension reads government report pages on *.gov.cn; other sites only when the user enables
// one from the popup (optional host permission granted at runtime; in Chrome also the optional
// `scripting` permission, which the background uses to register and inject the content script there).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  // i18n: locales/zh_CN.yml (default) and locales/en.yml → _locales/*/messages.json.
  modules: ['@wxt-dev/i18n/module'],
  // `npm run zip`: installable zips for both browsers in .output/, plus the sources zip AMO asks
  // for (what is needed to rebuild: config, entrypoints, components, src, lockfile, README).
  zip: {
    excludeSources: ['test/**', 'demo-output/**', 'bench-output/**', '.scratch*/**', '.ci/**'],
  },
  manifest: ({ browser }) => ({
    default_locale: 'zh_CN',
    name: '年报助手 · Gov Report Annotator',
    description:
      '核对政府信息公开工作年度报告的表格并保存数据 — checks Chinese government information-disclosure annual reports and saves their figures.',
    // activeTab: the popup learns the URL of the tab it was opened on (a site outside *.gov.cn gives
    // no URL otherwise, and "enable on this site" never showed)
    permissions: ['storage', 'contextMenus', 'activeTab'],
    host_permissions: ['*://*.gov.cn/*'],
    optional_host_permissions: ['*://*/*'],
    ...(browser === 'firefox' ? {} : { optional_permissions: ['scripting'] }),
    // Chrome: the content script loads its heavy part (/annotator.js) and the Traditional→Simplified
    // converter (/opencc.js) by URL, on report pages only (src/ui/load-bundle.ts). Firefox MV2
    // cannot limit web-accessible files to some sites (any page could detect the add-on), so there
    // the background injects them with tabs.executeScript and nothing is web-accessible.
    ...(browser === 'firefox' ? {} : { web_accessible_resources: [{ resources: ['annotator.js', 'opencc.js'], matches: ['*://*.gov.cn/*'] }] }),
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions (WXT drops it there): host patterns go here.
          optional_permissions: ['*://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'gov-report-annotator@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
