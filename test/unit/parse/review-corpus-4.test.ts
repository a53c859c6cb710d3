// The review corpus, shard 4 (see review-corpus-shard.ts).
import { reviewCorpusShard } from './review-corpus-shard';

reviewCorpusShard(3);
