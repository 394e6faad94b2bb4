using System.Text.RegularExpressions;
using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>
/// Every output the README and the pages of docs/ show is what wsconf prints: each marked block (the convention is in
/// docs/tests.md) runs its command in-process and is compared with its output, so a page cannot drift from the
/// program. A message a page shows without a marker fails too, so a new one cannot go unchecked.
/// </summary>
public sealed class DocumentedOutputTests
{
    private static readonly Lazy<IReadOnlyList<PageMarkers>> Markers = new(() => [.. DocPages.All().Select(p => PageMarkers.Read(p, DocPages.Read(p)))]);

    // A message in prose or a table: a code span that starts as wsconf's messages do.
    private static readonly Regex Message = new(@"`(error|warning|note): ");

    public static TheoryData<string, int, string> Outputs()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var output in Markers.Value.SelectMany(m => m.Outputs))
        {
            data.Add(output.Page, output.Line, output.Command);
        }

        return data;
    }

    [Fact]
    public void The_pages_show_outputs_to_compare() => Outputs().Count().Should().BeGreaterThan(50);

    [Fact]
    public void Every_marker_fits_the_block_it_describes() => Markers.Value.SelectMany(m => m.Problems).Should().BeEmpty();

    [Fact]
    public void Every_message_a_page_shows_has_a_marker()
    {
        var unmarked = new List<string>();
        foreach (var markers in Markers.Value)
        {
            var lines = DocPages.Read(markers.Page).Split('\n');
            var inFence = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var shows = MarkedExample.IsFence(lines[i])
                    ? !inFence && i + 1 < lines.Length && Regex.IsMatch(lines[i + 1], @"^((error|warning|note): |\$ wsconf )")
                    : !inFence && Message.IsMatch(lines[i]);
                inFence ^= MarkedExample.IsFence(lines[i]);
                if (shows && !markers.IsCovered(i + 1))
                {
                    unmarked.Add($"{markers.Page} line {i + 1}: {(MarkedExample.IsFence(lines[i]) ? lines[i + 1] : lines[i]).Trim()}");
                }
            }
        }

        unmarked.Should().BeEmpty("a page that shows what wsconf prints says which command prints it (docs/tests.md)");
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Shows_what_wsconf_prints(string page, int line, string command)
    {
        var output = Markers.Value.SelectMany(m => m.Outputs).Single(o => o.Page == page && o.Line == line && o.Command == command);
        var problem = OutputComparison.Problem(output, DocumentedRun.Run(output));
        problem.Should().BeNull("{0} shows what wsconf prints", page);
    }
}
