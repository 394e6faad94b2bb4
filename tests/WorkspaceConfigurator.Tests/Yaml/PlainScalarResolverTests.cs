using System.Text.RegularExpressions;
using CsCheck;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Robustness;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Tests.Yaml;

/// <summary>
/// The YAML 1.1 resolvers are hand-written scans; PyYAML's patterns (as the reader used them before) are the
/// oracles, over strings made of the characters the patterns care about.
/// </summary>
public sealed class PlainScalarResolverTests
{
    private static readonly Regex Bool = new("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$", RegexOptions.CultureInvariant);

    private static readonly Regex Int = new("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$", RegexOptions.CultureInvariant);

    private static readonly Regex Float = new(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant);

    private static readonly string[] Pieces =
    [
        "0", "1", "5", "6", "7", "8", "9", "0b", "0x", "_", ":", ".", "e", "E", "e+", "E-", "-", "+", "a", "F", "b", "x", " ",
        "inf", "Inf", "INF", "nan", "NaN", "NAN", "yes", "Yes", "no", "NO", "on", "Off", "true", "FALSE", "y", "~", "null",
        "59", "60", "123", "0o", "1_000", ".5", ":30", ":6", "\n",
    ];

    [Fact]
    public void Scanners_agree_with_the_pyyaml_patterns()
    {
        var texts = HostileStrings.Joined(Pieces, 6).Where(t => !t.EndsWith('\n')); // "$" would also match before a final LF
        var kinds = new HashSet<YamlScalarKind>();
        var ranAll = SeededCases.Check(texts, 20261121, 60000, text =>
        {
            PlainScalarResolver.IsBool(text).Should().Be(Bool.IsMatch(text));
            PlainScalarResolver.IsInt(text).Should().Be(Int.IsMatch(text));
            PlainScalarResolver.IsFloat(text).Should().Be(Float.IsMatch(text));
            kinds.Add(PlainScalarResolver.Resolve(text).Kind);
        }, HostileStrings.Quote);

        if (ranAll)
        {
            kinds.Should().HaveCount(5, "the generated strings reach every kind");
        }
    }

    [Theory]
    [InlineData("1:30", YamlScalarKind.Int)]
    [InlineData("1:30.5", YamlScalarKind.Float)]
    [InlineData("0:30.5", YamlScalarKind.Float)]
    [InlineData("0:30", YamlScalarKind.String)]
    [InlineData("1:60", YamlScalarKind.String)]
    [InlineData("1:5:09", YamlScalarKind.Int)]
    [InlineData("0b", YamlScalarKind.String)]
    [InlineData("-0b1_0", YamlScalarKind.Int)]
    [InlineData("0x_", YamlScalarKind.Int)]
    [InlineData("08", YamlScalarKind.String)]
    [InlineData("1.", YamlScalarKind.Float)]
    [InlineData("-.5", YamlScalarKind.String)]
    [InlineData("1.5e3", YamlScalarKind.String)]
    [InlineData("1.5e+3", YamlScalarKind.Float)]
    [InlineData("-.INF", YamlScalarKind.Float)]
    [InlineData("-.nan", YamlScalarKind.String)]
    [InlineData("Off", YamlScalarKind.Bool)]
    [InlineData("NULL", YamlScalarKind.Null)]
    public void Edge_cases_resolve_as_the_patterns_say(string text, YamlScalarKind kind) =>
        PlainScalarResolver.Resolve(text).Kind.Should().Be(kind);
}
