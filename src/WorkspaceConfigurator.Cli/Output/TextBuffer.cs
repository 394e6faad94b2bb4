using System.Text;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// Text held until a run knows it may write it, as UTF-8 in blocks of a megabyte: each block is one allocation that
/// the garbage collector never moves or scans, and config.yml (ASCII but for user text) takes half the memory it
/// would as characters. A StringBuilder of 27 MB of config.yml would be 3,400 blocks of characters, copied from one
/// generation to the next.
/// </summary>
internal sealed class TextBuffer : TextWriter
{
    private const int BlockSize = 1 << 20;

    private readonly List<byte[]> blocks = [];
    private readonly List<int> filled = []; // how much of each block but the last holds text
    private readonly Encoder encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private int used = BlockSize;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            // Room for the longest character (four bytes), or the rest goes to a new block.
            if (BlockSize - used < 4)
            {
                NewBlock();
            }

            // A character split over two calls (a surrogate pair) is kept by the encoder until its second half comes.
            encoder.Convert(buffer, blocks[^1].AsSpan(used), flush: false, out var read, out var written, out _);
            used += written;
            buffer = buffer[read..];
        }
    }

    private void NewBlock()
    {
        if (blocks.Count > 0)
        {
            filled.Add(used);
        }

        blocks.Add(new byte[BlockSize]);
        used = 0;
    }

    /// <summary>Writes everything held to <paramref name="writer"/>, in order.</summary>
    public void WriteTo(TextWriter writer)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
        var chars = new char[64 * 1024];
        for (var i = 0; i < blocks.Count; i++)
        {
            var bytes = blocks[i].AsSpan(0, i == blocks.Count - 1 ? used : filled[i]);
            while (!bytes.IsEmpty)
            {
                decoder.Convert(bytes, chars, flush: false, out var read, out var count, out _);
                writer.Write(chars, 0, count);
                bytes = bytes[read..];
            }
        }
    }
}
