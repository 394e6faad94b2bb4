using System.Text.RegularExpressions;
using FluentAssertions;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Tests.Schema;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>
/// The values-files page (docs/values-files.md) says what the code does: its example file is valid (for wsconf and for the
/// schema), and its ladder table lists the rungs in the order the engine climbs them. Its describe --layers excerpt is
/// compared with what describe prints as every documented output is (DocumentedOutputTests).
/// </summary>
public sealed class ValuesFilesPageTests
{
    private static readonly Lazy<string> Section = new(() => DocPages.Read("docs/values-files.md"));

    // The fenced blocks of the section with that info string ("" for plain ones), line by line.
    private static IReadOnlyList<string> Blocks(string language)
    {
        var blocks = new List<string>();
        List<string>? open = null;
        string? info = null;
        foreach (var line in Section.Value.Split('\n'))
        {
            if (!line.StartsWith("```", StringComparison.Ordinal))
            {
                open?.Add(line);
            }
            else if (open is null)
            {
                (open, info) = ([], line[3..]);
            }
            else
            {
                if (info == language)
                {
                    blocks.Add(string.Join('\n', open) + "\n");
                }

                open = null;
            }
        }

        return blocks;
    }

    [Fact]
    public void The_format_example_is_valid_for_wsconf_and_for_the_schema()
    {
        var example = Blocks("yaml").Single();
        using var site = new SiteValues();
        site.Add(example);
        var result = site.Run("validate", "--profile", "coder-a100,coder");
        result.ExitCode.Should().Be(0, result.Out + result.Error);
        ValuesSchemaCheck.Errors(CliRunnerSchema(), example).Should().BeEmpty();
        site.Run("list").Out.Should().Contain("coder-a100").And.NotContain("gpu-a100 ");
    }

    [Fact]
    public void The_ladder_table_lists_the_rungs_in_the_order_the_engine_climbs_them()
    {
        var rows = Regex.Matches(Section.Value, @"^\| ([^|]+?) \| [^|]+ \| [^|]+ \|$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).SkipWhile(r => r != "rung (highest first)").Skip(1).Take(7).ToList();
        rows.Should().Equal("per-profile overrides", "global options", "the profile's own entries", "its includes", "what it extends", "`global:`", "wsconf's defaults");

        // A profile with every rung: the origins describe --layers lists, highest first, fall into the rows in order.
        using var site = new SiteValues();
        site.Add("""
            global: {storage_class_rwo: from-global}
            profiles:
              mixin: {abstract: true, storage_class_rwo: from-include}
              parent: {extends: coder, storage_class_rwo: from-parent}
              x: {extends: parent, profiles: [mixin], storage_class_rwo: from-own}
            """);
        var commandLine = new CommandLineLayers(
            [new CommandLineSetting("storage_class_rwo", "from-option", "--storage-class-rwo from-option")],
            [new CommandLineOverride("x", "storage_class_rwo", null, OverrideAction.Set, "from-override", "--override x:storage_class_rwo=from-override")]);
        var profile = site.Profile("x", commandLine);
        var origins = LayerHistory.Of(site.Catalog(), profile).Single(h => h.Field == "storage_class_rwo").Lines.Select(l => l.Origin).ToList();
        origins.Select(RowOf).Should().Equal(0, 1, 2, 3, 4, 5, 6);
    }

    private static int RowOf(string origin) => origin switch
    {
        _ when origin.StartsWith("--override", StringComparison.Ordinal) => 0,
        _ when origin.StartsWith("--storage-class", StringComparison.Ordinal) => 1,
        _ when origin.StartsWith("global (", StringComparison.Ordinal) => 5,
        "default" => 6,
        _ when origin.Contains("(from mixin)", StringComparison.Ordinal) => 3,
        _ when origin.Contains("(from parent)", StringComparison.Ordinal) || origin.StartsWith("class ", StringComparison.Ordinal) => 4,
        _ => 2,
    };

    private static string CliRunnerSchema() => Cli.CliRunner.Run("schema", "values").Out;
}
