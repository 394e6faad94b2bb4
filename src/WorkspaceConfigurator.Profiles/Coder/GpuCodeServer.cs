using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Profiles.Coder;

/// <summary>Code Server on a GPU node.</summary>
public sealed class GpuCodeServer : CoderProfile
{
    public override string Slug => "coder-gpu";

    public override IReadOnlyList<string> Aliases => ["gpu_coder_app"];

    public override string DisplayName => "GPU Code Server";

    public override string Description => "Code Server with GPU acceleration";

    public override int? CpuGuarantee => 4;

    public override int CpuLimit => 8;

    public override Memory? MemGuarantee => Memory.GiB(16);

    public override Memory MemLimit => Memory.GiB(32);

    public override int GpuLimit => 1;

    public override Quantity WorkspaceVolumeSize => Quantity.Parse("20Gi");

    public override Quantity CalrissianVolumeSize => Quantity.Parse("50Gi");

    public override string? BashrcPath => "coder/config_maps/coder-gpu/bash-rc";

    public override string? InitScriptPath => "coder/config_maps/coder-gpu/init.sh";

    // Schedule on GPU nodes only while a GPU is requested (gpu_limit=0 turns this into a CPU workspace).
    protected override IEnumerable<KeyValuePair<string, string>> NodeSelectorDefaults(ProfileContext context) =>
        context.Get(CoreSettings.GpuLimit) > 0 ? new KeyValuePair<string, string>[] { new("nvidia.com/gpu.present", "true") } : [];
}
