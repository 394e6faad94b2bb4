using System.CommandLine;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Cli.Options;

/// <summary>
/// <c>-f, --values FILE</c>: site values files, for every command (a recursive root option); later files patch
/// earlier ones. The option wins over WSCONF_VALUES, which holds files separated by the platform's path separator.
/// </summary>
internal sealed class ValuesOption
{
    /// <summary><c>-f -</c> reads standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>How standard input is named in messages and origins.</summary>
    public const string StandardInputName = "<stdin>";

    public Option<string[]> Option { get; } = new("--values", "-f")
    {
        Description = $"Site values file (YAML: global: and profiles:), '-' for standard input; repeatable, later files win [env {EnvironmentDefaults.Values.Name}, separated by '{Path.PathSeparator}']",
        HelpName = "FILE",
        Recursive = true,
    };

    /// <summary>The files asked for, read and given their structure, in order.</summary>
    public IReadOnlyList<ValuesDocument> Read(ParseResult result, CliContext context)
    {
        var documents = new List<ValuesDocument>();
        var readInput = false;
        foreach (var (path, source) in Paths(result, context.GetEnvironmentVariable))
        {
            if (path.Length == 0)
            {
                throw new UsageException($"{source} needs a file, not an empty value");
            }

            if (path == StandardInput)
            {
                // Files a values file names are then relative to the current folder, as kubectl -f - does.
                if (readInput)
                {
                    throw new UsageException($"{source} '-' is given twice; standard input can be read once");
                }

                readInput = true;
                using var input = context.OpenInput();
                documents.Add(ValuesDocumentReader.Read(ValuesYamlReader.ReadStream(input, StandardInputName, ValuesReadLimits.Default), StandardInputName, Directory.GetCurrentDirectory()));
                continue;
            }

            var root = ValuesYamlReader.ReadFile(path, path, ValuesReadLimits.Default);
            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
            documents.Add(ValuesDocumentReader.Read(root, path, folder));
        }

        return documents;
    }

    private IEnumerable<(string Path, string Source)> Paths(ParseResult result, Func<string, string?> env)
    {
        if (result.GetValue(Option) is { Length: > 0 } given)
        {
            foreach (var path in given)
            {
                yield return (path, Option.Name);
            }

            yield break;
        }

        if (EnvironmentDefaults.Values.Read(env) is not { } fromEnv)
        {
            yield break;
        }

        // An empty entry (a leading, trailing or doubled separator) is no file: skip it, as PATH lookups do.
        foreach (var path in fromEnv.Value.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return (path, fromEnv.Variable);
        }
    }
}
