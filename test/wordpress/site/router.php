<?php
/**
 * Router for PHP's built-in server in the WordPress test: serves the throwaway wp-content
 * (outside the document root, as Debian's Apache alias does) and a stand-in "exit" page on
 * another host name, and runs WordPress's PHP files itself so that it can set
 * $_SERVER['WORDPRESS_CONFIG'], which Debian's wp-config.php reads to pick the test's config
 * (the built-in server does not pass the environment into $_SERVER, and the host name
 * 127.0.0.1 would pick /etc/wordpress/config-127.0.0.1.php, which may belong to someone else).
 *
 * @package HF_Widgets
 */

$hf_test_path = rawurldecode( (string) wp_test_parse_path( $_SERVER['REQUEST_URI'] ) );

/**
 * The path of a request URI.
 *
 * @param string $uri Request URI.
 */
function wp_test_parse_path( $uri ) {
	return parse_url( $uri, PHP_URL_PATH ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url -- WordPress is not loaded here.
}

if ( 0 === strpos( $hf_test_path, '/exit-here' ) ) {
	header( 'Content-Type: text/html; charset=utf-8' );
	echo '<!doctype html><title>Neutral page</title><p>A neutral page.</p>';
	return true;
}
if ( 0 === strpos( $hf_test_path, '/wp-content/' ) ) {
	$hf_test_root = realpath( getenv( 'HF_TEST_CONTENT_DIR' ) );
	$hf_test_file = realpath( $hf_test_root . substr( $hf_test_path, strlen( '/wp-content' ) ) );
	if ( ! $hf_test_file || 0 !== strpos( $hf_test_file, $hf_test_root . '/' ) || ! is_file( $hf_test_file ) ) {
		http_response_code( 404 );
		return true;
	}
	$hf_test_types = array(
		'js'    => 'text/javascript',
		'css'   => 'text/css',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'woff2' => 'font/woff2',
	);
	$hf_test_ext   = strtolower( pathinfo( $hf_test_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( $hf_test_types[ $hf_test_ext ] ?? 'application/octet-stream' ) );
	readfile( $hf_test_file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_readfile
	return true;
}
$hf_test_script = $_SERVER['DOCUMENT_ROOT'] . ( '/' === substr( $hf_test_path, -1 ) ? $hf_test_path . 'index.php' : $hf_test_path );
if ( is_file( $hf_test_script ) && '.php' !== substr( $hf_test_script, -4 ) ) {
	return false; // A static file of WordPress: the server sends it.
}
if ( ! is_file( $hf_test_script ) || false !== strpos( $hf_test_path, '..' ) ) {
	$hf_test_script = $_SERVER['DOCUMENT_ROOT'] . '/index.php'; // WordPress's front controller.
}
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
$_SERVER['SCRIPT_FILENAME']  = $hf_test_script;
$_SERVER['SCRIPT_NAME']      = substr( $hf_test_script, strlen( $_SERVER['DOCUMENT_ROOT'] ) );
$_SERVER['PHP_SELF']         = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $hf_test_script ) );
require $hf_test_script;
return true;
