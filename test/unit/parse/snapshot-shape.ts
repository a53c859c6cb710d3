// What an expected-record snapshot holds: the whole record minus the parser version.
import type { ReportRecord } from '../../../src/model/record';

export function snapshotOf(record: ReportRecord): unknown {
  const { parserVersion: _ignored, ...meta } = record.meta;
  return { ...record, meta };
}
