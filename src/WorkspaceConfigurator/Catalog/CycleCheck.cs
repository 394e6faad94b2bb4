using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Catalog;

/// <summary>
/// Refuses a profile that reaches itself through <c>extends</c> and <c>profiles:</c> (its ladder would never end),
/// naming the whole cycle at the reference that closes it. Walks with an explicit stack: a hostile file may chain
/// thousands of profiles.
/// </summary>
internal static class CycleCheck
{
    public static void Run(
        IReadOnlyList<string> slugs,
        Dictionary<string, IReadOnlyList<ProfileReference>> includes,
        Dictionary<string, ProfileReference> extends)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path, true: done
        foreach (var start in slugs)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var path = new List<string>();
            var pending = new Stack<(string Slug, int Next)>();
            pending.Push((start, 0));
            state[start] = false;
            path.Add(start);
            while (pending.Count > 0)
            {
                var (slug, next) = pending.Pop();
                var edges = Edges(slug, includes, extends);
                if (next < edges.Count)
                {
                    pending.Push((slug, next + 1));
                    var (target, key, mark) = edges[next];
                    if (!state.TryGetValue(target, out var done))
                    {
                        state[target] = false;
                        path.Add(target);
                        pending.Push((target, 0));
                    }
                    else if (!done)
                    {
                        var cycle = path.Skip(path.IndexOf(target)).Append(target);
                        throw new ValuesFileException(mark, $"profiles.{slug}.{key}",
                            $"forms a cycle: {string.Join(" -> ", cycle)} (a profile cannot include or extend itself, even through others)", ExitCodes.Invalid);
                    }
                }
                else
                {
                    state[slug] = true;
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

    }

    private static List<(string Target, string Key, SourceMark Mark)> Edges(
        string slug, Dictionary<string, IReadOnlyList<ProfileReference>> includes, Dictionary<string, ProfileReference> extends)
    {
        var edges = new List<(string, string, SourceMark)>();
        if (includes.TryGetValue(slug, out var list))
        {
            for (var i = 0; i < list.Count; i++)
            {
                edges.Add((list[i].Slug, $"profiles[{i}]", list[i].Mark));
            }
        }

        if (extends.TryGetValue(slug, out var parent))
        {
            edges.Add((parent.Slug, "extends", parent.Mark));
        }

        return edges;
    }
}
