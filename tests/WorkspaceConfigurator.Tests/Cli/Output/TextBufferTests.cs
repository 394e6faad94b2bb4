using System.Text;
using FluentAssertions;
using WorkspaceConfigurator.Cli.Output;

namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>The text a run holds until its checks pass comes back as it went in, across block boundaries.</summary>
public sealed class TextBufferTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8_000)]
    [InlineData(1 << 16)]
    public void Text_of_several_blocks_comes_back_unchanged(int piece)
    {
        // ASCII, two- and three-byte characters and surrogate pairs, in pieces that split them at every offset.
        var unit = "profiles:\n- id: é ü ☃ 𝄞 \"x\"\n";
        var text = new StringBuilder();
        while (text.Length < 2_300_000)
        {
            text.Append(unit).Append(text.Length % 97);
        }

        var whole = text.ToString();
        var buffer = new TextBuffer();
        for (var at = 0; at < whole.Length; at += piece)
        {
            buffer.Write(whole.AsSpan(at, Math.Min(piece, whole.Length - at)));
        }

        var copy = new StringWriter();
        buffer.WriteTo(copy);
        copy.ToString().Should().Be(whole);
    }

    [Fact]
    public void Nothing_written_gives_nothing()
    {
        var copy = new StringWriter();
        new TextBuffer().WriteTo(copy);
        copy.ToString().Should().BeEmpty();
    }
}
