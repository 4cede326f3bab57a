// Public surface of the feed ingest (pure: the script streams files and writes the results).
export {
  FEED_FORMATS,
  detectFormat,
  lineParser,
  csvFields,
  isoDate,
  type FeedFormat,
  type FeedItem,
} from './feeds';
export { createTriager, pathPrefix, type Triage, type Triager } from './triage';
export {
  Sightings,
  mergeSightings,
  daysBefore,
  type DiffEntry,
  type IngestDiff,
  type Sighting,
} from './state';
export { rewriteBlockedText } from './rewrite';
export { diffMarkdown, type FeedStats } from './diff';
