using System.Reflection;
using System.Text;
using CsCheck;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;

namespace WorkspaceConfigurator.Tests.Robustness;

/// <summary>
/// Seeded fuzzing on CsCheck of the two ways input comes in: values files (the strict YAML reader, the values
/// document reader and the catalogue builder, through the command line with <c>-f -</c>) mutated from real ones,
/// and the command line itself. Whatever the input, wsconf exits 0, 1 or 2, never prints a stack trace or a
/// control character, and a failure is one error line (findings of a dump aside, one per problem). Each case comes
/// from its own fixed seed, so every run checks the same cases; a failure names the seed and the case.
/// </summary>
public sealed class FuzzTests
{
    private const ulong Seed = 20261122;

    private static readonly string RepositoryRoot = typeof(FuzzTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    private static readonly string[] Corpus =
    [
        File.ReadAllText(Path.Combine(RepositoryRoot, "examples", "site", "site.yaml")),
        "global:\n  groups: [staff]\n  env: {A: b}\nprofiles:\n  coder:\n    cpu_limit: 4\n    node_selector: {$patch: replace, pool: general}\n",
        "profiles:\n  mine:\n    extends: coder\n    display_name: Mine\n    config_maps:\n      motd: {key: motd, mount_path: /etc/motd, content: \"hi\\n\", readonly: true}\n",
        "profiles:\n  x:\n    abstract: true\n    gpu_limit: 1\n  y:\n    extends: jupyterlab\n    profiles: [x]\n    volumes:\n      scratch: {size: 1Gi, mount_path: /scratch, access_modes: [ReadWriteOnce]}\n",
        "profiles:\n  coder:\n    manifests:\n      extra:\n        key: extra\n        content:\n        - apiVersion: v1\n          kind: ConfigMap\n          metadata: {name: x}\n          data: {a: b}\n",
    ];

    private static readonly string[] Fragments =
    [
        ": ", "\n", "  ", "- ", "{", "}", "[", "]", ",", "&a ", "*a", "!!str ", "!!python/object/apply:os.system ", "<<: ", "? ", "'", "\"",
        "\\e", "\t", "\r", "\u0000", "\u001b[2J", "\u0085", "\u202e", "\uFEFF", "\ud800", "null", "~", "$patch: replace", "$patch: merge",
        "extends: ", "profiles:", "global:", "coder", "coder-gpu", "env:", "cpu_limit: ", "mem_limit: 1Gi", "gpu_limit: 3", "99999999999999999999",
        "-1", "0x1F", "1e3", "yes", "content_file: ", "manifest_file: ", "../../etc/passwd", "/dev/zero", "---\n", "...\n", "%YAML 1.1\n", "#",
        "image: my image", "extra_resource_limits: {cpu: 1}", "abstract: true", "{{ .Values.x }}", "{{ spawner.user.name }}", new string('k', 1100),
    ];

    private static readonly string[][] ValuesCommands =
    [
        ["list"], ["validate"], ["validate", "--strict"], ["dump-config", "--profile", "coder"], ["describe", "coder", "--layers"],
        ["dump-manifests", "--profile", "coder"], ["schema", "values"],
    ];

    [Fact]
    public void Mutated_values_files_never_crash_the_command_line()
    {
        // A copy of the example site, so that the files its values name are there; each case is written over one file.
        using var site = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "examples", "site"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Path, Path.GetRelativePath(Path.Combine(RepositoryRoot, "examples", "site"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var values = site.File("case.yaml");
        var gen =
            from source in Gen.Int[0, Corpus.Length - 1]
            from edits in Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Gen.Int[0, Fragments.Length - 1]).Array[0, 3]
            from command in Gen.Int[0, ValuesCommands.Length - 1]
            from stdin in Gen.Int[0, 3]
            select (Text: Mutate(Corpus[source], edits), Command: ValuesCommands[command], Stdin: stdin == 0);
        Cases(gen, 500, c =>
        {
            // Standard input too (-f -), where a relative content_file is relative to the working folder.
            File.WriteAllText(values, c.Stdin ? "" : c.Text, new UTF8Encoding(false, throwOnInvalidBytes: false));
            string[] args = ["-f", c.Stdin ? "-" : values, .. c.Command];
            var result = CliRunner.RunWithInput(c.Stdin ? c.Text : "", new Dictionary<string, string>(), args);
            Check(result, args);
            return result.ExitCode;
        }, c => $"{string.Join(' ', c.Command)} with:\n{c.Text}");
    }

    [Fact]
    public void Random_command_lines_never_crash()
    {
        using var folder = new TempFolder();
        var loop = folder.File("loop");
        File.CreateSymbolicLink(loop, loop);
        string[][] commands =
        [
            ["list"], ["list-profiles"], ["describe"], ["describe", "coder"], ["dump-config"], ["dump-config", "--profile", "coder"], ["validate"],
            ["validate", "--profile", "coder"], ["dump-manifests"], ["schema", "values"], [],
        ];
        string[] options =
        [
            "--profile", "--profiles", "--override", "--override", "--override", "--override", "--override", "--node-selector", "--groups", "--groups", "--image", "--storage-class-rwo",
            "--storage-class-rwx", "--strict", "--layers", "--user", "--namespace", "-f", "--values", "--profiles-dir", "--verbose", "--help",
            "-h", "--version", "-o", "--output-dir", "--", "-", "describe", "list",
        ];
        string[] values =
        [
            "", "coder", "coder,jupyterlab", "coder:cpu_limit=4", "coder:env.A=b", "coder:env.A-", "coder:env-", "coder:nope=1", "codr", ":", "=",
            "coder:", "coder:=", "coder:env.=x", "coder:cpu_guarantee=9", "coder:cpu_guarantee=9", "coder:mem_guarantee=99Gi", "coder:gpu_limit=0", "coder:extra_resource_limits.nvidia.com/gpu=3", "coder:image=my image",
            "@" + folder.File("secret.txt"), "\u001b[2J", "\u202e", "x\ny", "\ud800", new string('z', 5000), "staff", "jovyan", "jupyter-jovyan",
            "Bad_NS", folder.File("out.yaml"), folder.Path, loop, folder.File("missing.yaml"), "/dev/null", "-1", "0", "1e3", "{{ x }}",
        ];
        File.WriteAllText(folder.File("secret.txt"), "hunter2\n");
        // A command, then options each with a value, now and then without one or with a stray word.
        var gen =
            from command in Gen.Int[0, commands.Length - 1]
            from pairs in Gen.Select(Gen.Int[0, options.Length - 1], Gen.Int[0, values.Length - 1], Gen.Int[0, 19]).Array[0, 4]
            select commands[command].Concat(pairs.SelectMany(p => p.Item3 switch
            {
                0 => [options[p.Item1]],
                1 => [values[p.Item2]],
                < 16 when Fitting(options[p.Item1]) is { } fitting => new[] { options[p.Item1], fitting[p.Item2 % fitting.Length] },
                _ => new[] { options[p.Item1], values[p.Item2] },
            })).ToArray();
        Cases(gen, 800, args =>
        {
            var result = CliRunner.Run(args);
            Check(result, args);
            result.Error.Should().NotContain("hunter2", "a response file is never read");
            return result.ExitCode;
        }, args => string.Join(' ', args.Select(a => $"'{a}'")));
    }

    // Values of the kind an option takes, so that runs get past the parser into the engine as often as not.
    private static string[]? Fitting(string option) => option switch
    {
        "--override" => ["coder:cpu_limit=4", "coder:cpu_guarantee=9", "coder:env.A=b", "coder:env.A-", "coder:gpu_limit=0", "coder:image=my image",
            "coder:extra_resource_limits.nvidia.com/gpu=3", "coder:display_name=\u001b[2J", "jupyterlab:cpu_limit=2", "coder:mem_guarantee=99Gi"],
        "--profile" or "--profiles" => ["coder", "coder,jupyterlab", "coder-gpu", "codr"],
        "--groups" => ["staff", "a,b", ""],
        "--image" => ["python:3.12", "my image", "Jupyter/Lab"],
        "--node-selector" => ["coder:disktype=ssd", "coder:bad key=x", "coder:a=b c"],
        _ => null,
    };

    // The same promises for every run.
    private static void Check(CliResult result, string[] args)
    {
        var because = string.Join(' ', args.Select(a => $"'{Printable(a)}'"));
        result.ExitCode.Should().BeOneOf([0, 1, 2], because);
        if (args.Contains("--verbose"))
        {
            return; // the stack trace asked for
        }

        result.Error.Should().NotContain("   at ", because).And.NotContain("error: unexpected", because).And.NotContain("failed inside wsconf", because);
        result.Error.Where(c => c != '\n' && (char.IsControl(c) || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069'))
            .Should().BeEmpty(because);
        var errors = result.ErrorLines.Count(l => l.StartsWith("error:", StringComparison.Ordinal));
        if (result.ExitCode == 0)
        {
            errors.Should().Be(0, because);
        }
        else if (result.ExitCode == 2 || !args.Any(a => a is "dump-config" or "dump-manifests"))
        {
            // Only a dump prints its findings on stderr, one per problem; anything else fails with one line.
            errors.Should().BeLessThanOrEqualTo(1, because);
            if (errors == 1)
            {
                result.ErrorLines[^1].Should().StartWith("error:", because);
            }
        }
    }

    // One edit per triple: insert a fragment, delete a short span, replace a character, or repeat a line.
    private static string Mutate(string text, (int At, int Kind, int Fragment)[] edits)
    {
        var builder = new StringBuilder(text);
        foreach (var (at, kind, fragment) in edits)
        {
            var position = builder.Length == 0 ? 0 : at % builder.Length;
            switch (kind)
            {
                case 0:
                    builder.Insert(position, Fragments[fragment]);
                    break;
                case 1:
                    builder.Remove(position, Math.Min(1 + (fragment % 20), builder.Length - position));
                    break;
                case 2 when builder.Length > 0:
                    builder[position] = Fragments[fragment].Length > 0 ? Fragments[fragment][0] : ' ';
                    break;
                default:
                    var current = builder.ToString();
                    var start = current.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
                    var end = current.IndexOf('\n', position);
                    builder.Insert(start, current[start..(end < 0 ? current.Length : end + 1)]);
                    break;
            }
        }

        return builder.ToString();
    }

    // Each case from its own seed, so a failure reproduces: the message names the seed and the case.
    private static void Cases<T>(Gen<T> gen, int count, Func<T, int> property, Func<T, string> print)
    {
        var exits = new int[3];
        for (var i = 0; i < count; i++)
        {
            var seed = new PCG((uint)i, Seed).ToString();
            gen.Sample(c => exits[property(c)]++, seed: seed, iter: 1, threads: 1, print: print);
        }

        // Every outcome is reached, or the generator has drifted away from what it means to test.
        exits.Sum().Should().Be(count);
        exits.Should().OnlyContain(n => n >= count / 100, $"exits 0/1/2: {string.Join('/', exits)}");
    }

    private static string Printable(string text) => WorkspaceConfigurator.Errors.TerminalText.Escape(text.Length > 80 ? text[..80] + "…" : text);
}
