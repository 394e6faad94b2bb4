using CsCheck;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub.Templates;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Tests.Robustness;

/// <summary>Thousands of generated inputs (seeded, reproducible, shrunk on failure): no unhandled exception, ever.</summary>
public sealed class PropertyTests
{
    private const ulong Seed = 20261121;

    [Fact]
    public void Override_parser_either_parses_or_gives_a_usage_error()
    {
        SeededCases.Check(HostileStrings.Fragmented(), Seed, 5000, text =>
        {
            try
            {
                var parsed = AssignmentParser.ParseOverride(text);
                parsed.Slug.Should().NotBeEmpty();
                parsed.Field.Should().NotBeEmpty();
            }
            catch (UsageException e)
            {
                e.Message.Should().StartWith($"--override '{text}' is malformed");
            }
        }, HostileStrings.Quote);
    }

    [Fact]
    public void Quantity_and_memory_parsers_never_throw_and_round_trip()
    {
        var texts = Gen.OneOf<string>(HostileStrings.Fragmented(4), HostileStrings.AnyText(8));
        SeededCases.Check(texts, Seed + 1, 5000, text =>
        {
            if (Quantity.TryParse(text, out var quantity, out var error))
            {
                quantity.Value.Should().BeGreaterThanOrEqualTo(0);
                Quantity.Parse(text).Should().Be(quantity);
            }
            else
            {
                error.Should().NotBeEmpty();
            }

            if (Memory.TryParse(text, out var memory, out _))
            {
                var hub = memory.ToHubString();
                hub.Should().MatchRegex(@"^\d+(\.\d+)?[KMGT]$");
                Memory.Parse(hub).Should().Be(memory);
                Memory.Parse(memory.ToKubernetesString()).Should().Be(memory);
            }
        }, HostileStrings.Quote);
    }

    [Fact]
    public void Placeholder_renderer_never_throws_and_what_it_accepts_renders_to_no_template_syntax()
    {
        var values = new PlaceholderValues("alice", "jupyter-alice");
        SeededCases.Check(HostileStrings.Fragmented(10), Seed + 2, 5000, text =>
        {
            var problems = PlaceholderRenderer.FindProblems(text);
            var result = PlaceholderRenderer.Render(text, values);
            result.Succeeded.Should().Be(problems.Count == 0);
            if (result.Succeeded)
            {
                result.Text.Should().NotContainAny(["{{", "{%", "{#"], "the input was accepted");
            }

            var hub = PlaceholderRenderer.RenderHubString(text, values);
            if (!text.Contains("{{", StringComparison.Ordinal))
            {
                hub.Text.Should().Be(text, "the hub leaves strings without '{{' alone");
            }
            else if (hub.Succeeded)
            {
                hub.Text.Should().NotContain("{{");
            }
        }, HostileStrings.Quote);
    }

    [Fact]
    public void Every_string_the_yaml_writer_prints_reads_back_identical_with_yaml_1_1_readers()
    {
        var values = Gen.Frequency<string>((1, HostileStrings.Fragmented()), (2, HostileStrings.AnyText()));
        SeededCases.Check(values, Seed + 3, 3000, value =>
        {
            var text = YamlWriter.Write(new YamlMappingBuilder().Add("k", value).Add("s", YamlNode.Seq([YamlNode.Str(value)])).Build());
            foreach (var dialect in new[] { Yaml11Dialect.PyYaml, Yaml11Dialect.GoYamlV2 })
            {
                JToken read;
                try
                {
                    read = Yaml11.Load(text, dialect);
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"wrote unreadable YAML ({e.Message}):\n{text}");
                }

                ((string?)read["k"]).Should().Be(value, $"read by {dialect} from:\n{text}");
                ((string?)read["s"]![0]).Should().Be(value);
            }
        }, HostileStrings.Quote);
    }

    [Fact]
    public void Template_reader_parses_or_gives_a_format_error_whatever_the_text()
    {
        string[] yamlBits = ["a: b\n", "- x\n", "  ", ":", "[", "]", "{", "}", "&a ", "*a", "<<: ", "---\n", "|\n", ">-\n", "\"", "'", "#", "? ", "!!str ", "%YAML 1.1\n", "\t", "\n"];
        var texts = Gen.Frequency<string>((2, Gen.OneOf(yamlBits)), (1, HostileStrings.Fragmented(2))).Array[0, 11].Select(string.Concat);
        SeededCases.Check(texts, Seed + 5, 3000, text =>
        {
            try
            {
                YamlTemplateReader.ReadDocuments(text);
            }
            catch (FormatException)
            {
                // the one expected failure
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"threw {e.GetType().Name}: {e.Message}");
            }
        }, HostileStrings.Quote);
    }

    [Fact]
    public void The_cli_never_crashes_whatever_the_arguments()
    {
        string[] commands = ["dump-config", "validate", "describe", "list"];
        string[] options = ["--profile", "--override", "--node-selector", "--groups", "--image", "--storage-class-rwo", "--storage-class-rwx"];
        var optionValues = Gen.Frequency<string>((2, HostileStrings.Fragmented(5)), (1, HostileStrings.Fragmented(4).Select(f => $"coder:{f}")));
        var argLists = Gen.Select(
            Gen.OneOf(commands),
            Gen.OneOf<string>(Gen.Const("coder"), HostileStrings.Fragmented(3)),
            Gen.Select(Gen.OneOf(options), optionValues).Array[0, 3],
            (command, profile, pairs) => (string[])[command, .. command == "describe" ? [profile] : Array.Empty<string>(), .. pairs.SelectMany(p => new[] { p.Item1, p.Item2 })]);
        SeededCases.Check(argLists, Seed + 4, 600, args =>
        {
            var result = CliRunner.Run(args);
            result.ExitCode.Should().BeOneOf([0, 1, 2]);
            result.Error.Should().NotContain("unexpected");
            result.Error.Should().NotContain("   at ");
            if (result.ExitCode == 2)
            {
                result.ErrorLines.Count(l => l.StartsWith("error:", StringComparison.Ordinal)).Should().Be(1);
            }
        }, args => string.Join(" ", args.Select(HostileStrings.Quote)));
    }
}
