using System.CommandLine;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Cli.Options;

/// <summary>
/// <c>-f, --values FILE</c>: site values files, for every command (a recursive root option); later files patch
/// earlier ones. The option wins over WSCONF_VALUES, which holds files separated by the platform's path separator.
/// </summary>
public sealed class ValuesOption
{
    public Option<string[]> Option { get; } = new("--values", "-f")
    {
        Description = $"Site values file (YAML: global: and profiles:); repeatable, later files win [env {EnvironmentDefaults.Values.Name}, separated by '{Path.PathSeparator}']",
        HelpName = "FILE",
        Recursive = true,
    };

    /// <summary>The files asked for, read and given their structure, in order.</summary>
    public IReadOnlyList<ValuesDocument> Read(ParseResult result, Func<string, string?> env)
    {
        var documents = new List<ValuesDocument>();
        foreach (var (path, source) in Paths(result, env))
        {
            if (path.Length == 0)
            {
                throw new UsageException($"{source} needs a file, not an empty value");
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
