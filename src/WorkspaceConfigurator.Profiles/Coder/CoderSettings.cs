namespace WorkspaceConfigurator.Profiles.Coder;

/// <summary>The settings the Code Server family declares beyond the workspace volume's.</summary>
public static class CoderSettings
{
    /// <summary>The CWL scratch volume, shared by the runs of one workspace.</summary>
    public static SettingKey<Quantity> CalrissianVolumeSize { get; } = new("calrissian_volume_size", SettingTypes.Size, "size of the Calrissian (CWL scratch) volume");
}
