namespace WorkspaceConfigurator.Diff;

/// <summary>
/// One change of one profile: where (<see cref="Field"/>, e.g. <c>volumes[workspace-volume].size</c>), from what to
/// what (null: absent), and what it does to existing users. <see cref="Profile"/> is the slug (or id) it is matched by.
/// </summary>
internal sealed record Change(string Profile, ChangeClass Class, string Field, HubValue? Old, HubValue? New, string Reason)
{
    /// <summary>The field of a change of a whole profile: added or removed.</summary>
    public const string WholeProfile = "profile";
}
