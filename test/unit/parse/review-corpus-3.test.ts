// The review corpus, shard 3 (see review-corpus-shard.ts).
import { reviewCorpusShard } from './review-corpus-shard';

reviewCorpusShard(2);
