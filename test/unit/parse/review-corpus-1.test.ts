// The review corpus, shard 1 (see review-corpus-shard.ts).
import { reviewCorpusShard } from './review-corpus-shard';

reviewCorpusShard(0);
