<?php
/**
 * Settings → HF widgets: documents and exit addresses are checked on save.
 *
 * @package HF_Widgets
 */

use PHPUnit\Framework\TestCase;

/**
 * Tests of hf_widgets_sanitize_settings() and the document checks.
 */
class SettingsTest extends TestCase {

	/**
	 * Files written for a test.
	 *
	 * @var string[]
	 */
	private $files = array();

	/**
	 * The settings before the test.
	 *
	 * @var mixed
	 */
	private $saved;

	protected function setUp(): void {
		$this->saved = get_option( 'hf_widgets_settings' );
		global $wp_settings_errors;
		$wp_settings_errors = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- reset between tests.
	}

	protected function tearDown(): void {
		update_option( 'hf_widgets_settings', $this->saved );
		foreach ( $this->files as $file ) {
			wp_delete_file( $file );
		}
	}

	/**
	 * Writes a JSON file under uploads and returns its address.
	 *
	 * @param string $name Its name.
	 * @param string $text Its contents.
	 */
	private function upload( $name, $text ) {
		$uploads = wp_upload_dir();
		$path    = $uploads['basedir'] . '/' . $name;
		file_put_contents( $path, $text ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$this->files[] = $path;
		return $uploads['baseurl'] . '/' . $name;
	}

	private function errors() {
		return wp_list_pluck( get_settings_errors( 'hf_widgets_settings' ), 'message' );
	}

	public function test_only_administrators_get_the_settings_form_with_its_nonce() {
		wp_set_current_user( get_user_by( 'login', 'hf-author' )->ID );
		ob_start();
		hf_widgets_render_settings_page();
		$this->assertSame( '', ob_get_clean() );

		wp_set_current_user( 1 );
		ob_start();
		hf_widgets_render_settings_page();
		$form = ob_get_clean();
		wp_set_current_user( 0 );
		$this->assertStringContainsString( '<form method="post" action="options.php">', $form );
		$this->assertStringContainsString( "name='option_page' value='hf_widgets'", $form );
		$this->assertMatchesRegularExpression( '/name="_wpnonce" value="[0-9a-f]{10}"/', $form );
	}

	public function test_a_valid_same_site_document_is_saved_and_used() {
		$document             = hf_widgets_default_document();
		$document['hotlines'] = array( $document['hotlines'][4] );
		$url                  = $this->upload( 'hf-test-valid.json', wp_json_encode( $document ) );
		$saved                = hf_widgets_sanitize_settings(
			array(
				'source'   => 'url',
				'url'      => $url,
				'exit_url' => 'https://example.org/',
				'lang'     => 'sr-Latn',
			)
		);
		$this->assertSame( array(), $this->errors() );
		$this->assertSame( 'url', $saved['source'] );
		update_option( 'hf_widgets_settings', $saved );
		$html = hf_widgets_render_element( 'hotline-banner', array() );
		$this->assertStringContainsString( ' src="' . esc_url( $url ) . '"', $html );
		$this->assertStringContainsString( 'tel:192', $html );
		$this->assertStringNotContainsString( 'tel:116111', $html );
		$this->assertStringContainsString( ' lang="sr-Latn"', $html );
	}

	public function test_a_document_with_problems_is_refused_with_the_path_of_each() {
		$url   = $this->upload( 'hf-test-invalid.json', '{"id": "x", "title": "T", "hotlines": [{"id": "a", "name": "A", "number": "+381117850000", "display": "011 785 0001"}, {"id": "b", "name": "B", "number": "12ab"}]}' );
		$saved = hf_widgets_sanitize_settings(
			array(
				'source' => 'url',
				'url'    => $url,
			)
		);
		$this->assertSame( 'default', $saved['source'] );
		$errors = implode( ' ', $this->errors() );
		$this->assertStringContainsString( 'hotlines[0].display', $errors );
		$this->assertStringContainsString( 'hotlines[1].number', $errors );
	}

	public function test_broken_json_and_other_sites_are_refused() {
		$url = $this->upload( 'hf-test-broken.json', '{"id": ' );
		hf_widgets_sanitize_settings(
			array(
				'source' => 'url',
				'url'    => $url,
			)
		);
		$this->assertStringContainsString( 'not valid JSON', implode( ' ', $this->errors() ) );
		global $wp_settings_errors;
		$wp_settings_errors = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- reset between checks.
		hf_widgets_sanitize_settings(
			array(
				'source' => 'url',
				'url'    => 'https://example.org/action.json',
			)
		);
		$this->assertStringContainsString( 'on this site', implode( ' ', $this->errors() ) );
		$this->assertInstanceOf( WP_Error::class, hf_widgets_same_site_file( content_url( 'uploads/../../../etc/passwd' ) ) );
	}

	public function test_a_saved_document_that_disappears_never_brings_back_the_default_numbers() {
		$url = $this->upload( 'hf-test-gone.json', wp_json_encode( hf_widgets_default_document() ) );
		update_option( 'hf_widgets_settings', hf_widgets_sanitize_settings( array( 'source' => 'url', 'url' => $url ) ) );
		wp_delete_file( array_pop( $this->files ) );
		$html = hf_widgets_render_element( 'hotline-banner', array() );
		$this->assertStringContainsString( ' src="' . esc_url( $url ) . '"', $html );
		$this->assertStringNotContainsString( 'tel:', $html );
	}

	public function test_a_bad_exit_address_keeps_the_saved_one() {
		update_option( 'hf_widgets_settings', array( 'exit_url' => 'https://example.org/safe' ) );
		$saved = hf_widgets_sanitize_settings( array( 'exit_url' => 'javascript:alert(1)' ) );
		$this->assertSame( 'https://example.org/safe', $saved['exit_url'] );
		$this->assertStringContainsString( 'Exit address not saved', implode( ' ', $this->errors() ) );
	}
}
