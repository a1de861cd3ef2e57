// The generated wrapper is executable, so that `./mvnw verify` works as the README says.
def wrapper = new File(basedir, 'mvnw')
assert wrapper.isFile() : 'no mvnw generated'
assert wrapper.canExecute() : 'mvnw is not executable'
