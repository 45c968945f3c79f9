package org.brigreen.trafficlight.tlog;

import java.util.List;

/** A Merkle tree over leaf hashes held in memory: what the tests check the log's streamed proofs against. */
final class InMemoryTree {

    private InMemoryTree() {
    }

    /** The Merkle Tree Hash of a list of leaf hashes. */
    static byte[] root(List<byte[]> leafHashes) {
        CompactRange tree = new CompactRange();
        leafHashes.forEach(tree::append);
        return tree.root();
    }

    /** PATH(m, D[n]). */
    static List<byte[]> inclusionProof(long leafIndex, List<byte[]> leafHashes) {
        return hashRanges(MerkleTree.inclusionRanges(leafIndex, leafHashes.size()), leafHashes);
    }

    /** PROOF(m, D[n]). */
    static List<byte[]> consistencyProof(long first, List<byte[]> leafHashes) {
        return hashRanges(MerkleTree.consistencyRanges(first, leafHashes.size()), leafHashes);
    }

    private static List<byte[]> hashRanges(List<MerkleTree.Range> ranges, List<byte[]> leafHashes) {
        MerkleTree.RangeHasher hasher = new MerkleTree.RangeHasher(ranges);
        for (int index = 0; index < leafHashes.size(); index++) {
            hasher.accept(index, leafHashes.get(index));
        }
        return hasher.hashes();
    }
}
