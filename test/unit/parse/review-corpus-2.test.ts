// The review corpus, shard 2 (see review-corpus-shard.ts).
import { reviewCorpusShard } from './review-corpus-shard';

reviewCorpusShard(1);
