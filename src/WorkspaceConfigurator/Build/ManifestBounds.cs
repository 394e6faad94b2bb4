using System.Text;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Build;

/// <summary>
/// Bounds the manifests a profile's hooks built in code, as the template reader bounds those read from YAML: depth,
/// node count (a node reached twice counts twice, as it is written twice) and text. Everything after the build
/// step (validation, the YAML writer, the Kubernetes renderer) walks manifests recursively, so a tree 100,000 deep
/// would overflow the stack there and end the process; checked once here, iteratively, it is one line instead.
/// A null node or key, which the writer could not print, is refused the same way.
/// </summary>
internal static class ManifestBounds
{
    /// <summary>The most characters (keys and scalars) one manifest may hold.</summary>
    public const long MaxCharacters = 16L * 1024 * 1024;

    /// <summary>Throws a <see cref="ProfileException"/> naming the manifest and where in it the first problem is.</summary>
    public static void Check(IReadOnlyList<ManifestSpec> manifests)
    {
        var limits = ValuesReadLimits.Default;
        for (var i = 0; i < manifests.Count; i++)
        {
            if (manifests[i] is not { } manifest)
            {
                throw new ProfileException($"manifests[{i}] is null (a ManifestSpec is required)");
            }

            if (Problem(manifest, limits) is { } problem)
            {
                throw new ProfileException($"manifest '{manifest.Name}' (key '{manifest.Key}'): {problem}");
            }
        }
    }

    private static string? Problem(ManifestSpec manifest, ValuesReadLimits limits)
    {
        if (manifest.Content is null)
        {
            return "content is null (a list of Kubernetes objects is required)";
        }

        long nodes = 0, characters = 0;
        var open = new Stack<Frame>();
        for (var i = manifest.Content.Count - 1; i >= 0; i--)
        {
            open.Push(new Frame(manifest.Content[i], 1, null, $"content[{i}]"));
        }

        while (open.Count > 0)
        {
            var frame = open.Pop();
            if (++nodes > limits.MaxNodes)
            {
                return $"{frame.Path()}: the manifest holds more than {limits.MaxNodes} nodes (a node used twice counts twice); split it or use an asset";
            }

            switch (frame.Node)
            {
                case null:
                    return $"{frame.Path()}: is null (write YamlNode.Null for a YAML null)";
                case YamlScalar scalar:
                    characters += scalar.Text?.Length ?? 0;
                    break;
                case YamlMapping or YamlSequence when frame.Depth > limits.MaxDepth:
                    return $"{frame.Path()}: nested deeper than {limits.MaxDepth} levels (mappings and lists may nest {limits.MaxDepth} deep)";
                case YamlMapping mapping:
                    for (var j = mapping.Entries.Count - 1; j >= 0; j--)
                    {
                        if (mapping.Entries[j]?.Key is not { } key)
                        {
                            return $"{frame.Path()}: entry {j} has a null key (keys are text)";
                        }

                        characters += key.Length;
                        open.Push(new Frame(mapping.Entries[j].Value, frame.Depth + 1, frame, Key(key)));
                    }

                    break;
                case YamlSequence sequence:
                    for (var j = sequence.Items.Count - 1; j >= 0; j--)
                    {
                        open.Push(new Frame(sequence.Items[j], frame.Depth + 1, frame, $"[{j}]"));
                    }

                    break;
            }

            if (characters > MaxCharacters)
            {
                return $"{frame.Path()}: the manifest holds more than {MaxCharacters} characters of keys and values; split it";
            }
        }

        return null;
    }

    // A key as a path step; long keys are shortened, the message is one line of reasonable length.
    private static string Key(string key)
    {
        var builder = new StringBuilder();
        ValuesPath.AppendKey(builder, key.Length > 40 ? key[..40] + "…" : key);
        return "." + builder;
    }

    /// <summary>A node to visit, with what leads to it (its path is built only for a message).</summary>
    private sealed record Frame(YamlNode? Node, int Depth, Frame? Parent, string Step)
    {
        public string Path()
        {
            var steps = new List<string>();
            for (var frame = this; frame is not null; frame = frame.Parent)
            {
                steps.Add(frame.Step);
            }

            steps.Reverse();
            var path = string.Concat(steps);
            return path.Length > 200 ? path[..200] + "…" : path;
        }
    }
}
