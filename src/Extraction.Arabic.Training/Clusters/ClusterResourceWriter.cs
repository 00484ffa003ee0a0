using System.Buffers.Binary;
using System.IO.Compression;
using Extraction.Arabic.Entities.Features;

namespace Extraction.Arabic.Training.Clusters;

/// <summary>Writes the word-cluster resource in the format <see cref="WordClusterTable"/> reads.</summary>
internal static class ClusterResourceWriter
{
    /// <summary>Serializes words and their nested classes (uncompressed).</summary>
    /// <param name="words">The words, most frequent first; within each fine class they are written in this order.</param>
    /// <param name="fineOf">The fine class of each word.</param>
    /// <param name="fineToMiddle">The middle class of each fine class.</param>
    /// <param name="middleToCoarse">The coarse class of each middle class.</param>
    /// <param name="coarseCount">The number of coarse classes.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Serialize(IReadOnlyList<string> words, IReadOnlyList<int> fineOf, IReadOnlyList<int> fineToMiddle, IReadOnlyList<int> middleToCoarse, int coarseCount)
    {
        using var output = new MemoryStream();
        var four = new byte[4];

        void Int32(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(four, value);
            output.Write(four);
        }

        void UInt16(int value)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(four, checked((ushort)value));
            output.Write(four, 0, 2);
        }

        output.Write(WordClusterTable.Magic);
        Int32(WordClusterTable.FormatVersion);
        Int32(coarseCount);
        Int32(middleToCoarse.Count);
        Int32(fineToMiddle.Count);
        foreach (int m in fineToMiddle) UInt16(m);
        foreach (int c in middleToCoarse) UInt16(c);
        Int32(words.Count);

        var members = new List<int>[fineToMiddle.Count];
        for (int c = 0; c < members.Length; c++) members[c] = [];
        for (int i = 0; i < words.Count; i++) members[fineOf[i]].Add(i);
        foreach (List<int> list in members)
        {
            Int32(list.Count);
            foreach (int i in list)
            {
                string w = words[i];
                if (w.Length is 0 or > WordClusterTable.MaxWordLength) throw new ArgumentException($"Word {i} has length {w.Length}.", nameof(words));
                output.WriteByte((byte)w.Length);
                foreach (char ch in w) UInt16(ch);
            }
        }

        return output.ToArray();
    }

    /// <summary>Compresses with gzip at the smallest size (the header carries no time stamp, so the output is
    /// reproducible).</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The compressed bytes.</returns>
    public static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
