namespace WorkspaceConfigurator.Contract;

/// <summary>Where a setting's value came from, for <c>describe</c>: the origin and what exactly set it.</summary>
internal sealed record SettingSource(SettingOrigin Origin, string Detail)
{
    public override string ToString() => Origin switch
    {
        SettingOrigin.Base => "default",
        SettingOrigin.Family => $"family {Detail}",
        SettingOrigin.Class => $"class {Detail}",
        _ => Detail,
    };
}
