using AutoMapper;

namespace PostsGraph.Export;

public static class ExportSetup
{
    public static IServiceCollection AddExport(this IServiceCollection services) => services
        .AddSingleton(sp => new MapperConfiguration(
            config =>
            {
                // AutoMapper 15 asks production users for a licence key; without one it logs a warning once.
                config.LicenseKey = sp.GetRequiredService<IConfiguration>()["AutoMapper:LicenseKey"];
                config.AddProfile<ExportMapping>();
            },
            sp.GetRequiredService<ILoggerFactory>()).CreateMapper())
        .AddSingleton<ExportArguments>()
        .AddScoped<ProfileSource>()
        .AddScoped<ExportWriter>();
}
