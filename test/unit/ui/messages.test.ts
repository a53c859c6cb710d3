import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGES, t } from '../../../src/ui/messages';

const keysOfYml = (file: string) =>
  readFileSync(new URL(`../../../locales/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => /^([A-Za-z][\w]*):/.exec(l)?.[1])
    .filter((k): k is string => Boolean(k))
    .sort();

describe('UI strings', () => {
  it('the card has every string in both languages, none empty', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
    for (const lang of ['zh', 'en'] as const) for (const v of Object.values(MESSAGES[lang])) expect(v.trim()).not.toBe('');
  });
  it('locales/zh_CN.yml and en.yml define the same keys', () => {
    const zh = keysOfYml('zh_CN.yml');
    expect(zh.length).toBeGreaterThan(5);
    expect(keysOfYml('en.yml')).toEqual(zh);
  });
  it('fills parameters', () => {
    expect(t('zh', 'saveFailed', { error: 'x' })).toBe('保存失败：x');
    expect(t('en', 'deadline', { date: '2020-01-31' })).toBe('due 2020-01-31');
  });
});
