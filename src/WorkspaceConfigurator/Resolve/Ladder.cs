namespace WorkspaceConfigurator.Resolve;

/// <summary>
/// The rungs of one profile, highest first: per-profile overrides, global command-line options, the profile's own
/// values-file entries (later files first), its includes in order, its extends chain down to its class, the
/// <c>global:</c> entries (later files first), wsconf's base defaults. The first rung that sets a value wins.
/// </summary>
internal sealed class Ladder(IReadOnlyList<Rung> rungs)
{
    public IReadOnlyList<Rung> Rungs { get; } = rungs;

    /// <summary>The position of the rung of the class whose hooks run, or -1 when no class runs hooks (a profile of includes only).</summary>
    public int RootIndex
    {
        get
        {
            for (var i = 0; i < Rungs.Count; i++)
            {
                if (Rungs[i] is ClassRung { IsRoot: true })
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
