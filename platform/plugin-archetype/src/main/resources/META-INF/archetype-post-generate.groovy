// Runs after generation (maven-archetype-plugin 3.x): the archetype's resources keep no file modes,
// so the wrapper would come out not executable and `./mvnw verify` would be refused.
def project = new File(request.outputDirectory, request.artifactId)
def wrapper = new File(project, 'mvnw')
if (wrapper.isFile() && !wrapper.setExecutable(true, false)) {
    println "Could not make ${wrapper} executable: run chmod +x mvnw"
}
