using System.Diagnostics;
using System.Text;
using FluentAssertions;
using WorkspaceConfigurator.Build;

namespace WorkspaceConfigurator.Tests.Build;

/// <summary>
/// Manifest templates are plugin input: tags are refused rather than dropped, and nesting and alias expansion are
/// bounded, each with one line naming the template, line and column. Before, YamlDotNet's representation model
/// dropped tags silently, ran a 9-level alias bomb for minutes and took gigabytes on 40,000 nested brackets.
/// </summary>
public sealed class YamlTemplateLimitTests
{
    [Theory]
    [InlineData("run: !!python/object/apply:os.system [\"echo owned\"]\n", "m.yaml:1:6: run: YAML tags are not supported ('!!python/object/apply:os.system'); write plain values")]
    [InlineData("blob: !!binary aGVsbG8=\n", "m.yaml:1:7: blob: YAML tags are not supported ('!!binary'); write plain values")]
    [InlineData("replicas: !!int \"7\"\n", "m.yaml:1:11: replicas: YAML tags are not supported ('!!int'); write plain values")]
    [InlineData("a:\n- !!str 7\n", "m.yaml:2:3: a[0]: YAML tags are not supported ('!!str'); write plain values")]
    [InlineData("a: !custom {}\n", "m.yaml:1:4: a: YAML tags are not supported ('!custom'); write plain values")]
    [InlineData("--- !!map\na: 1\n", "m.yaml:1:5: YAML tags are not supported ('!!map'); write plain values")]
    public void Tags_are_refused_with_the_template_line_and_column(string text, string message)
    {
        var act = () => YamlTemplateReader.ReadDocuments(text, "m.yaml");
        act.Should().Throw<FormatException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void A_nine_level_alias_bomb_is_refused_quickly()
    {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        var clock = Stopwatch.StartNew();
        var act = () => YamlTemplateReader.ReadDocuments(text.ToString(), "bomb.yaml");
        act.Should().Throw<FormatException>().WithMessage("bomb.yaml:*: aliases expand to more than 1000000 nodes (an alias bomb?)*");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData(40_000)]
    [InlineData(1_000_000)]
    public void Deep_flow_nesting_is_refused_at_the_depth_limit(int depth)
    {
        var text = "a: " + new string('[', depth) + new string(']', depth) + "\n";
        var before = GC.GetTotalAllocatedBytes();
        var act = () => YamlTemplateReader.ReadDocuments(text, "deep.yaml");
        act.Should().Throw<FormatException>().Which.Message.Should().StartWith("deep.yaml:1:").And.Contain("nested deeper than 100 levels");
        (GC.GetTotalAllocatedBytes() - before).Should().BeLessThan(256L * 1024 * 1024, "the reader stops at the limit instead of reading on");
    }

    [Fact]
    public void Deep_block_nesting_is_refused_by_both_readers()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            text.Append(' ', i).Append("k:\n");
        }

        var act = () => YamlTemplateReader.ReadDocuments(text.ToString(), "deep.yaml");
        act.Should().Throw<FormatException>().Which.Message.Should().StartWith("deep.yaml:101:").And.Contain("nested deeper than 100 levels");
    }

    [Fact]
    public void An_oversized_template_is_refused_unread()
    {
        var text = "a: " + new string('x', 17 * 1024 * 1024) + "\n";
        var act = () => YamlTemplateReader.ReadDocuments(text, "big.yaml");
        act.Should().Throw<FormatException>().WithMessage("big.yaml:1:1: the file is * bytes, more than the 16 MiB*");
    }

    [Fact]
    public void Control_characters_in_quoted_keys_stay_escaped_in_the_message()
    {
        var act = () => YamlTemplateReader.ReadDocuments("\"a\\e[31m\": !!str x\n", "m.yaml");
        act.Should().Throw<FormatException>().Which.Message.Should().NotContain("\u001b").And.Contain("\\x1b");
    }
}
