using WorkspaceConfigurator.Profiles.Common;

namespace WorkspaceConfigurator.Profiles.Coder;

/// <summary>Code Server on a GPU node.</summary>
public sealed class GpuCodeServer : CoderProfile
{
    public override string Slug => "coder-gpu";

    public override IReadOnlyList<string> Aliases => ["gpu_coder_app"];

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "GPU Code Server");
        settings.Set(CoreSettings.Description, "Code Server with GPU acceleration");
        settings.Set(CoreSettings.CpuGuarantee, 4);
        settings.Set(CoreSettings.CpuLimit, 8);
        settings.Set(CoreSettings.MemGuarantee, Memory.GiB(16));
        settings.Set(CoreSettings.MemLimit, Memory.GiB(32));
        settings.Set(CoreSettings.GpuLimit, 1);
        settings.Set(WorkspaceSettings.WorkspaceVolumeSize, Quantity.Parse("20Gi"));
        settings.Set(CoderSettings.CalrissianVolumeSize, Quantity.Parse("50Gi"));
    }

    public override string? BashrcPath => "coder/config_maps/coder-gpu/bash-rc";

    public override string? InitScriptPath => "coder/config_maps/coder-gpu/init.sh";

    // Schedule on GPU nodes only while a GPU is requested (gpu_limit=0 turns this into a CPU workspace).
    protected override IEnumerable<KeyValuePair<string, string>> NodeSelectorDefaults(ProfileContext context) =>
        context.Get(CoreSettings.GpuLimit) > 0 ? [new("nvidia.com/gpu.present", "true")] : [];
}
