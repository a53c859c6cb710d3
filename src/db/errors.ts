// Turns IndexedDB failures into one clear, bilingual message for the user.

export type LibraryErrorCode = 'blocked' | 'noUrl' | 'badImport' | 'notFound';

const MESSAGES: Record<LibraryErrorCode, string> = {
  blocked:
    '资料库正在被另一个页面使用，无法升级；请关闭其他“已保存的报告”页面后重试。 / The library is open in another tab and cannot be upgraded; close other library tabs and retry.',
  noUrl: '这份报告没有网址，无法保存。 / This report has no URL and cannot be saved.',
  badImport: '导入文件无效。 / The import file is not valid.',
  notFound: '资料库中没有这份报告。 / This report is not in the library.',
};

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
    this.name = 'LibraryError';
  }
}

/** A message a person can act on; the technical detail is kept in parentheses. */
export function userMessage(err: unknown, doing: 'save' | 'import' = 'save'): string {
  if (err instanceof LibraryError) return err.message;
  const name = (err as { name?: string } | null)?.name ?? '';
  const detail = (err as { message?: string } | null)?.message ?? String(err);
  switch (name) {
    case 'QuotaExceededError':
      // an import's message says what was not imported (adv55 #2): not "the report"
      if (doing === 'import')
        return `存储空间已满，这批报告未导入。请导出并删除部分记录，或释放磁盘空间。 / Storage is full; this batch of reports was NOT imported. Export and delete some records or free disk space. (${detail})`;
      return `存储空间已满，报告未保存。请导出并删除部分记录，或释放磁盘空间。 / Storage is full; the report was NOT saved. Export and delete some records or free disk space. (${detail})`;
    case 'AbortError':
      return `写入被中止，报告未保存，请重试。 / The write was aborted; nothing was saved. Please retry. (${detail})`;
    case 'VersionError':
      return `资料库版本比本扩展更新（可能装过更新的版本）。 / The library was created by a newer version of this extension. (${detail})`;
    case 'InvalidStateError':
      return `资料库连接已关闭，请重试。 / The library connection was closed; please retry. (${detail})`;
    case 'DataCloneError':
      return `记录含有无法保存的数据。 / The record contains data that cannot be stored. (${detail})`;
    default:
      return `资料库出错：${detail} / Library error: ${detail}`;
  }
}
