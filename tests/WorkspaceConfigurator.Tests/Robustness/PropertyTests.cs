using System.Text.RegularExpressions;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;
using WorkspaceConfigurator.Templates;
using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Tests.Robustness;

/// <summary>Thousands of generated inputs (seeded, reproducible): no unhandled exception, ever.</summary>
public sealed class PropertyTests
{
    private const int Seed = 20261121;

    [Fact]
    public void Override_parser_either_parses_or_gives_a_usage_error()
    {
        var inputs = new RandomInputs(Seed);
        for (var i = 0; i < 5000; i++)
        {
            var text = inputs.Fragmented();
            try
            {
                var parsed = AssignmentParser.ParseOverride(text);
                parsed.Slug.Should().NotBeEmpty();
                parsed.Field.Should().NotBeEmpty();
            }
            catch (UsageException e)
            {
                e.Message.Should().StartWith($"--override '{text}' is malformed", $"input #{i}");
            }
        }
    }

    [Fact]
    public void Quantity_and_memory_parsers_never_throw_and_round_trip()
    {
        var inputs = new RandomInputs(Seed + 1);
        for (var i = 0; i < 5000; i++)
        {
            var text = i % 2 == 0 ? inputs.Fragmented(4) : inputs.AnyText(8);
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
                hub.Should().MatchRegex(@"^\d+(\.\d+)?[KMGT]$", $"input '{text}'");
                Memory.Parse(hub).Should().Be(memory);
                Memory.Parse(memory.ToKubernetesString()).Should().Be(memory);
            }
        }
    }

    [Fact]
    public void Placeholder_renderer_never_throws_and_what_it_accepts_renders_to_no_template_syntax()
    {
        var inputs = new RandomInputs(Seed + 2);
        var values = new PlaceholderValues("alice", "jupyter-alice");
        for (var i = 0; i < 5000; i++)
        {
            var text = inputs.Fragmented(10);
            var problems = PlaceholderRenderer.FindProblems(text);
            var result = PlaceholderRenderer.Render(text, values);
            result.Succeeded.Should().Be(problems.Count == 0, $"input '{text}'");
            if (result.Succeeded)
            {
                result.Text.Should().NotContainAny(["{{", "{%", "{#"], $"input '{text}' was accepted");
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
        }
    }

    [Fact]
    public void Every_string_the_yaml_writer_prints_reads_back_identical_with_yaml_1_1_readers()
    {
        var inputs = new RandomInputs(Seed + 3);
        for (var i = 0; i < 3000; i++)
        {
            var value = i % 3 == 0 ? inputs.Fragmented() : inputs.AnyText();
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
                    throw new Xunit.Sdk.XunitException($"input #{i} {Escape(value)} wrote unreadable YAML ({e.Message}):\n{text}");
                }

                ((string?)read["k"]).Should().Be(value, $"input #{i} {Escape(value)} read by {dialect} from:\n{text}");
                ((string?)read["s"]![0]).Should().Be(value);
            }
        }
    }

    [Fact]
    public void Template_reader_parses_or_gives_a_format_error_whatever_the_text()
    {
        var inputs = new RandomInputs(Seed + 5);
        string[] yamlBits = ["a: b\n", "- x\n", "  ", ":", "[", "]", "{", "}", "&a ", "*a", "<<: ", "---\n", "|\n", ">-\n", "\"", "'", "#", "? ", "!!str ", "%YAML 1.1\n", "\t", "\n"];
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, inputs.Next(12)).Select(_ => inputs.Next(3) == 0 ? inputs.Fragmented(2) : yamlBits[inputs.Next(yamlBits.Length)]));
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
                throw new Xunit.Sdk.XunitException($"input #{i} {Escape(text)} threw {e.GetType().Name}: {e.Message}");
            }
        }
    }

    [Fact]
    public void The_cli_never_crashes_whatever_the_arguments()
    {
        var inputs = new RandomInputs(Seed + 4);
        string[] commands = ["dump-config", "validate", "describe", "list"];
        string[] options = ["--profile", "--override", "--node-selector", "--groups", "--image", "--storage-class-rwo", "--storage-class-rwx"];
        for (var i = 0; i < 600; i++)
        {
            var args = new List<string> { commands[inputs.Next(commands.Length)] };
            if (args[0] == "describe")
            {
                args.Add(inputs.Next(2) == 0 ? "coder" : inputs.Fragmented(3));
            }

            for (var j = inputs.Next(4); j > 0; j--)
            {
                args.Add(options[inputs.Next(options.Length)]);
                args.Add(inputs.Next(3) == 0 ? $"coder:{inputs.Fragmented(4)}" : inputs.Fragmented(5));
            }

            var result = CliRunner.Run([.. args]);
            result.ExitCode.Should().BeOneOf([0, 1, 2], string.Join(" ", args.Select(Escape)));
            result.Error.Should().NotContain("unexpected", string.Join(" ", args.Select(Escape)));
            result.Error.Should().NotContain("   at ");
            if (result.ExitCode == 2)
            {
                result.ErrorLines.Count(l => l.StartsWith("error:", StringComparison.Ordinal)).Should().Be(1, string.Join(" ", args.Select(Escape)));
            }
        }
    }

    private static string Escape(string text) => "'" + Regex.Replace(text, @"[^\x20-\x7E]", m => $"\\u{(int)m.Value[0]:x4}") + "'";
}
