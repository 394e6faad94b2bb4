using System.Text;

namespace WorkspaceConfigurator.Write;

/// <summary>
/// A <see cref="YamlWriter"/> over one buffer that is handed to a <see cref="TextWriter"/> whenever it fills: a long
/// output (thousands of profiles) is written as it is made, never held whole. One buffer, flushed before it fills: a
/// growing StringBuilder would allocate (and clear) a new block every 8,000 characters, again after each flush.
/// </summary>
internal sealed class BufferedYamlWriter
{
    private const int FlushAt = 1 << 16;

    private readonly StringBuilder text = new(FlushAt * 2);
    private readonly TextWriter target;

    public BufferedYamlWriter(TextWriter target)
    {
        this.target = target;
        Yaml = new YamlWriter(text);
    }

    /// <summary>The writer to write the next piece with; call <see cref="FlushIfFull"/> after each piece.</summary>
    public YamlWriter Yaml { get; }

    /// <summary>Literal text, e.g. a top-level key.</summary>
    public void Append(string literal) => text.Append(literal);

    public void FlushIfFull()
    {
        if (text.Length >= FlushAt)
        {
            Flush();
        }
    }

    /// <summary>Hands what is buffered to the target; call it once at the end.</summary>
    public void Flush()
    {
        target.Write(text);
        text.Clear();
    }
}
